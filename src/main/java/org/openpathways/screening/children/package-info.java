/**
 * Children's cases: recognising a child (claimed or assessed age; doubt benefits the person), the unaccompanied and
 * separated flags, the child's interview with a representative present, guardians within a set time, best-interests
 * assessment and determination by a panel. Child-protection staff act here; others read what their role allows.
 */
@NullMarked
package org.openpathways.screening.children;

import org.jspecify.annotations.NullMarked;
