package kr.go.smartfactory.level.domain;

import java.util.List;
import java.util.Optional;

public interface LevelRepository {

    /** Every question, retired ones included, by area and position. */
    List<DiagnosisItem> items();

    Optional<DiagnosisItem> item(String code);

    List<LevelCutoff> cutoffs();

    Optional<SelfDiagnosis> diagnosisOf(long companyId);

    void add(SelfDiagnosis diagnosis);

    void add(DiagnosisItem item);

    void add(LevelAssessment assessment);

    Optional<LevelAssessment> assessment(long id);

    Optional<LevelAssessment> assessmentByCertificate(String certificateNumber);

    /** A company's assessments, latest first. */
    List<LevelAssessment> assessmentsOf(long companyId);

    /** Assessments whose company name or certificate number contains {@code text} (null: all), latest first. */
    List<LevelAssessment> assessments(String text, int first, int max);

    long countAssessments(String text);
}
