package kr.go.smartfactory.shared.domain;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this object (role or ownership). Mapped to HTTP 403 at the edge. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
