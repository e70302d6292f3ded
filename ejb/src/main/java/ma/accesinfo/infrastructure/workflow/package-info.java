/** The embedded process engine: its start, the steps it calls back, and the workflow port. */
package ma.accesinfo.infrastructure.workflow;
