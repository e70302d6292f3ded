/** What bodies publish of their own accord (Art. 10 of Law 31-13), category by category. */
package ma.accesinfo.domain.model.publication;
