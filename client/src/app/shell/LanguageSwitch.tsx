import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n';

const SET_MY_LANGUAGE = graphql(`
  mutation SetMyLanguage($language: String!) {
    setMyLanguage(language: $language) {
      id
      language
    }
  }
`);

/** The header's language choice: a globe (the header keeps its room for the navigation), the languages on click. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const language = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((option) => ({ key: option, label: t(`language.${option}`) })),
        onClick: ({ key }) => {
          const chosen = LANGUAGES.find((option) => option === key);
          if (!chosen) return;
          setLanguage(chosen);
          // Signed in, the choice is also the language of their notifications and mail; signed out
          // (login page, survey link) there is nobody to save it for, and the refusal is expected.
          client.mutate({ mutation: SET_MY_LANGUAGE, variables: { language: chosen } }).catch(() => undefined);
        },
      }}
    >
      <Tooltip title={t('language.switch')} placement="bottom">
        <Button type="text" icon={<GlobalOutlined />} aria-label={t('language.switch')} data-testid="language-switch" data-language={language} />
      </Tooltip>
    </Dropdown>
  );
}
