/** The 360° profile page ({@code /customers/{id}}) and {@code /api/customers/{id}/profile}. */
package cn.hoist.crm.profile.web;
