package kr.go.smartfactory.supplier.domain;

import java.math.BigDecimal;

/**
 * The size of a build as published in the directory: a band, never the exact amount (the exact project
 * amounts stay with the agreement). Bounds in won, lower inclusive, upper exclusive.
 */
public enum AmountBand {
    UNDER_50M(0, 50_000_000L),
    FROM_50M_TO_100M(50_000_000L, 100_000_000L),
    FROM_100M_TO_200M(100_000_000L, 200_000_000L),
    FROM_200M_TO_400M(200_000_000L, 400_000_000L),
    OVER_400M(400_000_000L, Long.MAX_VALUE);

    private final long from;
    private final long below;

    AmountBand(long from, long below) {
        this.from = from;
        this.below = below;
    }

    public static AmountBand of(BigDecimal amountInWon) {
        if (amountInWon == null || amountInWon.signum() < 0) {
            throw new IllegalArgumentException("amount must be zero or more won");
        }
        for (AmountBand band : values()) {
            if (amountInWon.compareTo(BigDecimal.valueOf(band.below)) < 0) {
                return band;
            }
        }
        return OVER_400M;
    }

    public boolean contains(BigDecimal amountInWon) {
        return amountInWon.compareTo(BigDecimal.valueOf(from)) >= 0 && amountInWon.compareTo(BigDecimal.valueOf(below)) < 0;
    }
}
