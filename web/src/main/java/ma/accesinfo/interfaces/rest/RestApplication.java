package ma.accesinfo.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1: JSON in UTF-8, errors as application/problem+json (RFC 9457). */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
