package io.juesuan.web;

import org.springframework.boot.test.context.SpringBootTest;

/** The workflow on H2 in PostgreSQL mode (the default embedded database). */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:workflow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class WorkflowH2IT extends WorkflowContract {}
