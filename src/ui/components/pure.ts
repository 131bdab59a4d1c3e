import { Component, h, type FunctionComponent } from 'preact';

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * Renders a component again only when a prop changed (by identity), so a tap
 * re-renders one criterion card, not the whole area. Preact's own memo lives in
 * preact/compat, which would add its weight to the first screen.
 */
export function pure<P extends object>(inner: FunctionComponent<P>): FunctionComponent<P> {
  class Pure extends Component<P> {
    override shouldComponentUpdate(next: P) {
      return !shallowEqual(this.props, next);
    }
    override render() {
      return h(inner, this.props);
    }
  }
  return Pure as unknown as FunctionComponent<P>;
}
