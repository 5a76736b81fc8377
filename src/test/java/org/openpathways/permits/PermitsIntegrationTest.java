package org.openpathways.permits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openpathways.testing.IntegrationTest;
import org.springframework.context.annotation.Import;

/** An integration test with the test revocation guard. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(PermitTestGuards.class)
public @interface PermitsIntegrationTest {}
