/** Customer persistence (encrypted personal data, blind indexes, name n-grams); not for other modules. */
package cn.hoist.crm.customer.internal;
