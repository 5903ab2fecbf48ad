package kr.go.smartfactory.shared.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps an entity, or one attribute of it, out of the audit trail: secrets (password hashes, token hashes)
 * and counters that change on every request would only add noise or leak what must stay hidden.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface NotAudited {
}
