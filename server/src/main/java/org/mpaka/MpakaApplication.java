package org.mpaka;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application started by {@code mpaka serve}. */
@SpringBootApplication
public class MpakaApplication {}
