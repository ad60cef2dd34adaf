/**
 * A run's evidence: {@code evidence/} in its results folder with the exact inputs, the masked
 * descriptor, the facts of the run and every report; {@code SHA256SUMS} over all of it; an
 * optional detached CMS signature; a zip bundle; and the check of all that by anyone later.
 */
package org.thingconform.evidence;
