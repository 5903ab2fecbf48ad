package kr.go.smartfactory.sanction.domain;

import java.util.List;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;

public interface SanctionRepository {

    /** Every sanction recorded on this business number, latest start first. */
    List<Sanction> sanctionsOf(BusinessRegistrationNumber registrationNumber);

    void add(Sanction sanction);
}
