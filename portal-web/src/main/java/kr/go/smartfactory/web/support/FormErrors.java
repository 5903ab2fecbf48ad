package kr.go.smartfactory.web.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The error summary at the top of every page: all the messages of a refused form that belong to a field, each a
 * link to its field (the messages themselves stay next to their fields). Empty when nothing was refused.
 */
@Named("formErrors")
@RequestScoped
public class FormErrors {

    /** One field's message and the id of the input it is about. */
    public record Item(String clientId, String text) {
    }

    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        if (faces == null) {
            return items;
        }
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            for (Iterator<FacesMessage> messages = faces.getMessages(clientId); messages.hasNext();) {
                FacesMessage message = messages.next();
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR || message.getSeverity() == FacesMessage.SEVERITY_FATAL) {
                    items.add(new Item(clientId, message.getSummary()));
                }
            }
        }
        return items;
    }
}
