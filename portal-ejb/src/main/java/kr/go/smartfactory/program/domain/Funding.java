package kr.go.smartfactory.program.domain;

import java.util.Objects;

import kr.go.smartfactory.shared.domain.Money;

/**
 * How a project's cost is shared: 정부지원금 (government grant), 기업부담금 (company contribution) and
 * 대기업출연금 (partner contribution, 상생형 only). The total is their sum.
 */
public record Funding(Money government, Money company, Money partner) {

    public Funding {
        Objects.requireNonNull(government);
        Objects.requireNonNull(company);
        Objects.requireNonNull(partner);
    }

    public Money total() {
        return government.plus(company).plus(partner);
    }
}
