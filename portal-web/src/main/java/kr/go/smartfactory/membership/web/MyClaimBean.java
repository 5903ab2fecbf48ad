package kr.go.smartfactory.membership.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kr.go.smartfactory.membership.application.ClaimView;
import kr.go.smartfactory.membership.application.CompanyClaims;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** The dispute panel on my/index.xhtml: a claimant follows its claim and attaches its certificate. */
@Named
@ViewScoped
public class MyClaimBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyClaims claims;

    private transient Optional<ClaimView> claim;
    private transient Part file;

    public ClaimView getClaim() {
        if (claim == null) {
            claim = claims.mine();
        }
        return claim.orElse(null);
    }

    public void attach() {
        String name = file == null ? "" : file.getSubmittedFileName();
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            Actions.call(() -> claims.attachEvidence(name, in), "claim.evidence.done").ifPresent(c -> claim = Optional.of(c));
        } catch (IOException e) {
            Messages.error("attachment.unreadable");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
