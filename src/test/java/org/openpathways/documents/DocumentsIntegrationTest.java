package org.openpathways.documents;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openpathways.testing.IntegrationTest;
import org.springframework.context.annotation.Import;

/** An integration test of the documents module, with the sample policies other modules will provide for real. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@Import(DocumentTestPolicies.class)
public @interface DocumentsIntegrationTest {}
