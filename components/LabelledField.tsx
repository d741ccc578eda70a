import { type ReactNode, useId } from 'react';

/**
 * A visible label and the form control it names, tied by a generated id: the caller renders the control
 * with the id it is given, so every field of the panel is labelled the same way.
 */
export function LabelledField(props: { className?: string; label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={props.className ?? 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}
