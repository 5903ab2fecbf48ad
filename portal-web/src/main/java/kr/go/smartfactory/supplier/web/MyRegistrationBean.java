package kr.go.smartfactory.supplier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.supplier.application.RegistrationView;
import kr.go.smartfactory.supplier.application.SupplierRegistrations;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** my/registration.xhtml: a supplier submits its business registration certificate and follows the review. */
@Named
@ViewScoped
public class MyRegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierRegistrations registrations;

    private transient RegistrationView registration;
    private transient Part certificate;

    public RegistrationView getRegistration() {
        if (registration == null) {
            registration = registrations.mine();
        }
        return registration;
    }

    /** An empty or missing file reaches the attachment store too, which refuses it next to the file field. */
    public void submit() {
        String name = certificate == null ? "" : certificate.getSubmittedFileName();
        try (InputStream in = certificate == null ? InputStream.nullInputStream() : certificate.getInputStream()) {
            Actions.call(() -> registrations.submit(name, in), "registration.submitted.done").ifPresent(r -> registration = r);
        } catch (IOException e) {
            Messages.error("attachment.unreadable");
        }
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }
}
