/** Information requests: the aggregate, its receipt, its procedure's states and its event log. */
package ma.accesinfo.domain.model.request;
