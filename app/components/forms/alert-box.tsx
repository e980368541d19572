import { type ReactNode, type RefObject, useEffect, useRef } from 'react'

/**
 * A ref for a box that takes the focus whenever `trigger` becomes something
 * new (the server's answer that brought it), if the box is there then; not
 * when it appears for another reason, so it never pulls the page away from
 * someone typing.
 */
export function useFocusOn(trigger: unknown): RefObject<HTMLDivElement> {
	const box = useRef<HTMLDivElement>(null)
	useEffect(() => {
		if (trigger) box.current?.focus()
	}, [trigger])
	return box
}

/**
 * A box under its own heading that is announced when it appears and can take
 * the focus (useFocusOn), so keyboard and screen reader users start from it:
 * the error summary, a confirmation.
 */
export function AlertBox({
	id,
	heading,
	headingLevel = 2,
	boxRef,
	className,
	children,
}: {
	id: string
	heading: ReactNode
	headingLevel?: 2 | 3
	boxRef: RefObject<HTMLDivElement>
	className: string
	children: ReactNode
}) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3'
	return (
		<div ref={boxRef} id={id} role="alert" aria-labelledby={`${id}-heading`} tabIndex={-1} className={className}>
			<Heading id={`${id}-heading`} className="text-lg font-semibold">
				{heading}
			</Heading>
			{children}
		</div>
	)
}
