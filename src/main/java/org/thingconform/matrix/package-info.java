/**
 * The implementation matrix: merges the results folders of several runs (one or more per
 * implementation) into one clause × implementation table, for a standards committee that
 * runs a draft against several implementations. It reads only what a run wrote (clause
 * matrix, run manifest, Allure results); it never runs anything.
 */
package org.thingconform.matrix;
