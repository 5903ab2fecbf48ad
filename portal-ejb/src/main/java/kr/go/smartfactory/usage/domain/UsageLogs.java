package kr.go.smartfactory.usage.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Reading the stored usage logs. */
public interface UsageLogs {

    /** When each of these keys' sites last had a log accepted (keys without any are absent). */
    Map<Long, Instant> lastLogAt(Collection<Long> keyIds);
}
