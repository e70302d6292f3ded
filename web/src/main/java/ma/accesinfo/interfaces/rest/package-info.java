/** The REST API under /api/v1: resources, and errors as problem details. */
package ma.accesinfo.interfaces.rest;
