/** Security defaults every program starts from: who may see what, and how a refusal looks. */
package cn.hoist.platform.security;
