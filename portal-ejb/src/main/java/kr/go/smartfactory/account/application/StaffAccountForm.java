package kr.go.smartfactory.account.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.go.smartfactory.account.domain.Role;

/** An administrator creating a staff account. */
public class StaffAccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    @Size(max = 254, message = "{signup.email.invalid}")
    private String email;

    @NotBlank(message = "{signup.contactName.required}")
    @Size(max = 100, message = "{signup.contactName.size}")
    private String name;

    @Pattern(regexp = "^$|^0\\d{1,2}-?\\d{3,4}-?\\d{4}$", message = "{signup.phone.invalid}")
    private String phone;

    @NotEmpty(message = "{staff.roles.required}")
    private List<Role> roles = new ArrayList<>();

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
