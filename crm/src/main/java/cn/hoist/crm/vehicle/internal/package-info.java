/** Vehicle persistence; not for other modules. */
package cn.hoist.crm.vehicle.internal;
