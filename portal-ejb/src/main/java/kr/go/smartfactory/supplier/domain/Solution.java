package kr.go.smartfactory.supplier.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.Texts;

/** A solution a supplier offers (a product or package), classified under one speciality. */
@Entity
@Table(name = "supplier_solution")
public class Solution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "speciality_code", nullable = false, length = 40)
    private String specialityCode;

    @Column(length = 4000)
    private String description;

    protected Solution() {
        // JPA
    }

    Solution(SupplierProfile supplier, String name, String specialityCode, String description) {
        this.supplier = Objects.requireNonNull(supplier);
        this.name = Texts.required(name, 200, "solutionName", "profile.solution.name");
        this.specialityCode = Objects.requireNonNull(specialityCode);
        this.description = Texts.optional(description, 4000, "solutionDescription", "profile.solution.description");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSpecialityCode() {
        return specialityCode;
    }

    public String getDescription() {
        return description;
    }
}
