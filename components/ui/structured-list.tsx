import type { ReactNode } from "react";

export interface StructuredListItem {
  label: string;
  value: ReactNode;
}

/** A DKFDS structured list: label and value pairs, e.g. the key facts of a case; stacked on a phone. */
export function StructuredList({ items, className }: { items: StructuredListItem[]; className?: string }) {
  return (
    <table
      className={["table structured-list table--responsive-headers", className].filter(Boolean).join(" ")}
    >
      <tbody>
        {items.map((item) => (
          <tr key={item.label}>
            <th scope="row">{item.label}</th>
            <td>{item.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
