package kr.go.smartfactory.grant.domain;

/** The chosen supplier's answer to the request to take part (참여 확약): the SME submits only once it confirmed. */
public enum Participation {
    NOT_REQUESTED, REQUESTED, CONFIRMED, DECLINED
}
