package org.mpaka;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application started by {@code mpaka serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MpakaApplication {}
