package kr.go.smartfactory.aftersales.domain;

/** 긴급 / 높음 / 보통 / 낮음: chosen by the requester, changeable by the handler; sets the SLA targets. */
public enum AsSeverity {
    URGENT, HIGH, NORMAL, LOW
}
