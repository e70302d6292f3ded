/** Run-time settings and the beans the domain needs from its surroundings. */
package ma.accesinfo.infrastructure.config;
