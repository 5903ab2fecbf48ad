package kr.go.smartfactory.supplier.domain;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Money;

/**
 * The size of a build as published in the directory: a band, never the exact amount (the exact project
 * amounts stay with the agreement). Bounds in won, lower inclusive, upper exclusive.
 */
public enum AmountBand {
    UNDER_50M(Money.ZERO, Money.won(50_000_000L)),
    FROM_50M_TO_100M(Money.won(50_000_000L), Money.won(100_000_000L)),
    FROM_100M_TO_200M(Money.won(100_000_000L), Money.won(200_000_000L)),
    FROM_200M_TO_400M(Money.won(200_000_000L), Money.won(400_000_000L)),
    OVER_400M(Money.won(400_000_000L), null);

    private final Money from;
    /** Exclusive; null for the open top band. */
    private final Money below;

    AmountBand(Money from, Money below) {
        this.from = from;
        this.below = below;
    }

    /** The band a project amount (grant plus contributions) falls in. */
    public static AmountBand of(Money amount) {
        if (amount == null || amount.isNegative()) {
            throw new DomainException("amountBand.negative");
        }
        for (AmountBand band : values()) {
            if (band.contains(amount)) {
                return band;
            }
        }
        return OVER_400M;
    }

    public boolean contains(Money amount) {
        return !amount.isLessThan(from) && (below == null || amount.isLessThan(below));
    }

    public Money from() {
        return from;
    }

    /** The exclusive upper bound, empty for the top band. */
    public java.util.Optional<Money> below() {
        return java.util.Optional.ofNullable(below);
    }
}
