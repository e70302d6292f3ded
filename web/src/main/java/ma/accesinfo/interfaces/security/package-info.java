/** How callers of the web module sign in. */
package ma.accesinfo.interfaces.security;
