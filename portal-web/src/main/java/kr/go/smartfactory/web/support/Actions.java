package kr.go.smartfactory.web.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * How a backing bean runs a use case: the service call, then a confirmation, or — when a rule refuses it — the
 * rule's messages in the visitor's language, next to the field the rule names (the input whose id is that
 * attribute's name, when the page shows messages for it) or at the top of the page. Nothing else in the web
 * layer catches {@link DomainException}.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs {@code action}; on success shows {@code doneKey} (if not null) and returns true. */
    public static boolean run(Runnable action, String doneKey) {
        return call(() -> {
            action.run();
            return Boolean.TRUE;
        }, doneKey).isPresent();
    }

    /** Calls {@code action}; on success shows {@code doneKey} (if not null) and returns its result. */
    public static <T> Optional<T> call(Supplier<T> action, String doneKey) {
        try {
            T result = action.get();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
            return Optional.of(result);
        } catch (DomainException refused) {
            show(refused);
            return Optional.empty();
        }
    }

    /**
     * The refusal's messages, each on its own field when the page has a message slot for it, otherwise at the top
     * (where the error summary also lists every field message with a link to its field).
     */
    public static void show(DomainException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (DomainException.Problem problem : refused.getProblems()) {
            String text = Messages.text(problem.messageKey());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            Optional<UIInput> input = Optional.ofNullable(problem.field()).flatMap(field -> inputWithMessage(faces, field));
            if (input.isPresent()) {
                keepWhatWasTyped(input.get());
                input.get().setValid(false);
                faces.addMessage(input.get().getClientId(faces), message);
            } else {
                faces.addMessage(null, message);
            }
        }
        faces.validationFailed();
    }

    /**
     * A refused input shows what was typed: PrimeFaces renders an invalid input without a submitted value as
     * empty after a failed validation, and the value reached the model before the rule refused it.
     */
    private static void keepWhatWasTyped(UIInput input) {
        if (input.getSubmittedValue() == null && (input.getValue() instanceof String || input.getValue() instanceof Number)) {
            input.setSubmittedValue(String.valueOf(input.getValue()));
        }
    }

    /** The rendered input with this id that a message component on the page is for. */
    private static Optional<UIInput> inputWithMessage(FacesContext faces, String id) {
        UIInput found = null;
        boolean hasMessage = false;
        Deque<UIComponent> todo = new ArrayDeque<>();
        todo.push(faces.getViewRoot());
        while (!todo.isEmpty()) {
            UIComponent c = todo.pop();
            if (c instanceof UIInput in && id.equals(c.getId()) && c.isRendered() && found == null) {
                found = in;
            }
            if (c instanceof UIMessage m && id.equals(m.getFor())) {
                hasMessage = true;
            }
            for (Iterator<UIComponent> it = c.getFacetsAndChildren(); it.hasNext();) {
                todo.push(it.next());
            }
        }
        return hasMessage ? Optional.ofNullable(found) : Optional.empty();
    }
}
