/** Test helpers the programs share. */
package cn.hoist.testsupport;
