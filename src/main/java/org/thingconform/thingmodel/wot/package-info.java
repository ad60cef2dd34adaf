/**
 * W3C WoT Thing Description 1.1 as the suite checks it: the catalogue of assertions a TD
 * document can be checked for (by their W3C assertion ids), the defaults a TD implies for its
 * forms, and the form targets a client follows.
 */
package org.thingconform.thingmodel.wot;
