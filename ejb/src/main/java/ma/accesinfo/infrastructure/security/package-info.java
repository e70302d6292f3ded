/** Password hashing and the identity store that signs people in. */
package ma.accesinfo.infrastructure.security;
