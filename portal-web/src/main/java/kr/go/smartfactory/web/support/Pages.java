package kr.go.smartfactory.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Redirects inside the portal; {@code next} parameters are accepted only as local paths. */
public final class Pages {

    private Pages() {
    }

    public static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n");
    }

    public static void redirect(String localPath) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + localPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** A whole number from a URL parameter, or null when there is none or it is not one (never an error). */
    public static Integer integerOrNull(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 10) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** An id from a URL parameter, or null when it is not one. */
    public static Long idOrNull(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Answers 404 (the error page) instead of rendering the view. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Answers 403 (the error page) instead of rendering the view: the object is not the caller's. */
    public static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, "forbidden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
