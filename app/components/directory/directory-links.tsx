import { Link } from '@remix-run/react'
import { listPath, listingTypes } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

/** A link to every listing type's list: the way back into the directory from a dead end. */
export function DirectoryLinks({ className, linkClassName = 'link' }: { className: string; linkClassName?: string }) {
	const { t } = useT()
	return (
		<ul className={className}>
			{listingTypes.map((type) => (
				<li key={type}>
					<Link to={listPath(type)} className={linkClassName}>
						{t(`list.${type}.title`)}
					</Link>
				</li>
			))}
		</ul>
	)
}
