/** The demo system's data, loaded only when the demo is asked for. */
package ma.accesinfo.infrastructure.demo;
