package kr.go.smartfactory.supplier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.supplier.application.HistoryForm;
import kr.go.smartfactory.supplier.application.ProfileForm;
import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierSelfService;
import kr.go.smartfactory.supplier.application.SupplierView;
import kr.go.smartfactory.supplier.domain.LogoImage;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** my/profile.xhtml: a supplier keeps its own profile, solutions, key personnel and self-declared histories. */
@Named
@ViewScoped
public class MyProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierSelfService self;

    @Inject
    private SupplierDirectory directory;

    private ProfileForm form;
    private HistoryForm history = new HistoryForm();
    private String solutionName;
    private String solutionSpeciality;
    private String solutionDescription;
    private String personName;
    private String personRole;
    private int personYears;
    private String personCertifications;
    private String newName;
    private String newNameReason;
    private transient SupplierView profile;
    private transient Part logoFile;

    @PostConstruct
    void init() {
        form = self.editForm();
    }

    public SupplierView getProfile() {
        if (profile == null) {
            profile = self.myProfile();
        }
        return profile;
    }

    /** Specialities a supplier can choose: the leaves of the classification. */
    public List<Speciality> getChoosableSpecialities() {
        List<Speciality> all = directory.specialities();
        return all.stream().filter(s -> all.stream().noneMatch(o -> s.getCode().equals(o.getParentCode()))).toList();
    }

    public void saveProfile() {
        run(() -> self.updateProfile(form), "myprofile.saved");
    }

    public void addSolution() {
        if (Actions.run(() -> self.addSolution(solutionName, solutionSpeciality, solutionDescription), "myprofile.solutionAdded")) {
            profile = null;
            solutionName = null;
            solutionDescription = null;
        }
    }

    public void removeSolution(long id) {
        run(() -> self.removeSolution(id), "myprofile.removed");
    }

    public void removePerson(long id) {
        run(() -> self.removeKeyPerson(id), "myprofile.removed");
    }

    public void addPerson() {
        if (Actions.run(() -> self.addKeyPerson(personName, personRole, personYears, personCertifications), "myprofile.personAdded")) {
            profile = null;
            personName = null;
            personRole = null;
            personYears = 0;
            personCertifications = null;
        }
    }

    public void addHistory() {
        if (Actions.run(() -> self.addHistory(history), "myprofile.historyAdded")) {
            profile = null;
            history = new HistoryForm();
        }
    }

    public void removeHistory(long id) {
        run(() -> self.removeHistory(id), "myprofile.removed");
    }

    /** The upload is read only up to the limit: a larger file is refused without being read. */
    public void uploadLogo() {
        if (logoFile == null || logoFile.getSize() == 0) {
            Messages.error("logo.empty");
            return;
        }
        if (logoFile.getSize() > LogoImage.MAX_BYTES) {
            Messages.error("logo.tooLarge");
            return;
        }
        byte[] bytes;
        try (InputStream in = logoFile.getInputStream()) {
            bytes = in.readNBytes(LogoImage.MAX_BYTES + 1);
        } catch (IOException e) {
            Messages.error("logo.unreadable");
            return;
        }
        run(() -> self.uploadLogo(bytes), "myprofile.logo.saved");
    }

    public void removeLogo() {
        run(() -> self.removeLogo(), "myprofile.logo.removed");
    }

    public Part getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(Part logoFile) {
        this.logoFile = logoFile;
    }

    public void requestNameChange() {
        if (Actions.run(() -> self.requestNameChange(newName, newNameReason), "myprofile.nameRequested")) {
            newName = null;
            newNameReason = null;
        }
    }

    private void run(Runnable action, String doneKey) {
        if (Actions.run(action, doneKey)) {
            profile = null;
        }
    }

    public ProfileForm getForm() {
        return form;
    }

    public HistoryForm getHistory() {
        return history;
    }

    public String getSolutionName() {
        return solutionName;
    }

    public void setSolutionName(String solutionName) {
        this.solutionName = solutionName;
    }

    public String getSolutionSpeciality() {
        return solutionSpeciality;
    }

    public void setSolutionSpeciality(String solutionSpeciality) {
        this.solutionSpeciality = solutionSpeciality;
    }

    public String getSolutionDescription() {
        return solutionDescription;
    }

    public void setSolutionDescription(String solutionDescription) {
        this.solutionDescription = solutionDescription;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonRole() {
        return personRole;
    }

    public void setPersonRole(String personRole) {
        this.personRole = personRole;
    }

    public int getPersonYears() {
        return personYears;
    }

    public void setPersonYears(int personYears) {
        this.personYears = personYears;
    }

    public String getPersonCertifications() {
        return personCertifications;
    }

    public void setPersonCertifications(String personCertifications) {
        this.personCertifications = personCertifications;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewNameReason() {
        return newNameReason;
    }

    public void setNewNameReason(String newNameReason) {
        this.newNameReason = newNameReason;
    }
}
