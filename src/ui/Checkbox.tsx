import { memo } from 'react';

/** A labelled checkbox that renders again only when its own props change. React rewrites the name and
 * type attributes of each checkbox it renders, and the browser restyles it for that: the bars holding
 * these boxes render on every filter change. `onChange` must therefore be stable. */
export const Checkbox = memo(function Checkbox(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  className?: string;
}) {
  const { onChange } = props;
  return (
    <label className={props.className}>
      <input type="checkbox" checked={props.checked} onChange={(e) => onChange(e.target.checked)} /> {props.label}
    </label>
  );
});
