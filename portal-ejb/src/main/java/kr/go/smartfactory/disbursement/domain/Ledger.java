package kr.go.smartfactory.disbursement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;

/**
 * A project's ledger (사업비 원장): the agreed amount of each budget line, the payments requested against them and
 * their fate. Always: agreed = paid + pending + remaining, per line and in total, to the won; nothing is paid or even
 * requested above a line's agreed amount (pending requests count), nor dated before the agreement starts or after it
 * ends; a refused operation changes nothing. Approving or rejecting is possible once per request.
 */
public final class Ledger {

    public enum State { PENDING, APPROVED, REJECTED }

    /** One payment request against a budget line. */
    public static final class Request {
        private final int number;
        private final String line;
        private final Money amount;
        private final LocalDate invoiceDate;
        private State state = State.PENDING;
        private String reason;

        private Request(int number, String line, Money amount, LocalDate invoiceDate) {
            this.number = number;
            this.line = line;
            this.amount = amount;
            this.invoiceDate = invoiceDate;
        }

        public int number() {
            return number;
        }

        public String line() {
            return line;
        }

        public Money amount() {
            return amount;
        }

        public LocalDate invoiceDate() {
            return invoiceDate;
        }

        public State state() {
            return state;
        }

        public String reason() {
            return reason;
        }
    }

    private final Map<String, Money> agreed;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<Request> requests = new ArrayList<>();

    public Ledger(Map<String, Money> agreedByLine, LocalDate startsOn, LocalDate endsOn) {
        this.agreed = new LinkedHashMap<>(agreedByLine);
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        if (endsOn.isBefore(startsOn) || agreed.values().stream().anyMatch(m -> m.isNegative())) {
            throw new IllegalArgumentException("an agreement ends after it starts and agrees amounts of zero or more");
        }
    }

    /** A request against a line: refused with every reason (field {@code amount}, {@code invoiceDate}, {@code line}). */
    public Request request(String line, Money amount, LocalDate invoiceDate) {
        DomainException.Collector problems = new DomainException.Collector();
        if (!agreed.containsKey(line)) {
            problems.add("line", "ledger.line.unknown");
        }
        if (amount == null || amount.isNegative() || amount.isZero()) {
            problems.add("amount", "ledger.amount.positive");
        } else if (agreed.containsKey(line) && amount.isGreaterThan(remaining(line))) {
            problems.add("amount", "ledger.amount.aboveLine");
        }
        if (invoiceDate == null || invoiceDate.isBefore(startsOn) || invoiceDate.isAfter(endsOn)) {
            problems.add("invoiceDate", "ledger.date.outsideAgreement");
        }
        problems.throwIfAny();
        Request r = new Request(requests.size() + 1, line, amount, invoiceDate);
        requests.add(r);
        return r;
    }

    /**
     * An earlier request as it stands (a ledger rebuilt from stored requests): kept without the checks a new request
     * passes, since the agreement may have changed since.
     */
    public Request restore(String line, Money amount, LocalDate invoiceDate, State state) {
        Request r = new Request(requests.size() + 1, line, amount, invoiceDate);
        r.state = state;
        requests.add(r);
        return r;
    }

    public void approve(int number) {
        Request r = pending(number);
        r.state = State.APPROVED;
    }

    public void reject(int number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "ledger.reject.reason");
        }
        Request r = pending(number);
        r.state = State.REJECTED;
        r.reason = reason.strip();
    }

    private Request pending(int number) {
        if (number < 1 || number > requests.size()) {
            throw new DomainException("ledger.request.unknown");
        }
        Request r = requests.get(number - 1);
        if (r.state != State.PENDING) {
            throw new DomainException("ledger.request.decided");
        }
        return r;
    }

    public Money agreed(String line) {
        return agreed.get(line);
    }

    public Money paid(String line) {
        return sum(line, State.APPROVED);
    }

    public Money pending(String line) {
        return sum(line, State.PENDING);
    }

    /** What may still be requested on the line: agreed − paid − pending. */
    public Money remaining(String line) {
        return agreed.get(line).minus(paid(line)).minus(pending(line));
    }

    public Money agreedTotal() {
        return agreed.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public Money paidTotal() {
        return agreed.keySet().stream().map(this::paid).reduce(Money.ZERO, Money::plus);
    }

    public Money pendingTotal() {
        return agreed.keySet().stream().map(this::pending).reduce(Money.ZERO, Money::plus);
    }

    public Money remainingTotal() {
        return agreed.keySet().stream().map(this::remaining).reduce(Money.ZERO, Money::plus);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<String> lines() {
        return List.copyOf(agreed.keySet());
    }

    private Money sum(String line, State state) {
        return requests.stream().filter(r -> r.line.equals(line) && r.state == state).map(r -> r.amount).reduce(Money.ZERO, Money::plus);
    }
}
