package cn.hoist.crm.privacy;

/**
 * The kinds of personal data kept encrypted. The name is bound into each ciphertext and blind index,
 * so a value encrypted as one kind cannot be passed off as another.
 */
public enum PersonalField {
    MOBILE, MOBILE_TAIL, ID_NUMBER, ADDRESS
}
