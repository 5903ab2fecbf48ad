package kr.go.smartfactory.evaluation.domain;

/** 이의신청: filed and waiting (접수), upheld (인용; possibly re-scored) or dismissed (기각). */
public enum ObjectionStatus {
    FILED, UPHELD, DISMISSED
}
