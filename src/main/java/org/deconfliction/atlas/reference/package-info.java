/**
 * The reference layers drawn under the incidents: the Euphrates from GSHHG/WDBII, the US–Russian deconfliction
 * line that followed it (an approximation), and deconfliction zones such as the 55 km circle around al-Tanf,
 * which is stored as a centre and a radius and drawn as a geodesic circle.
 */
package org.deconfliction.atlas.reference;
