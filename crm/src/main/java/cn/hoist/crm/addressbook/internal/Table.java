package cn.hoist.crm.addressbook.internal;

import java.util.List;

/** A file's heading row and data rows, every cell as text. */
public record Table(List<String> headings, List<List<String>> rows) {
}
